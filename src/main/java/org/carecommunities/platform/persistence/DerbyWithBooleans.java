package org.carecommunities.platform.persistence;

import org.eclipse.persistence.platform.database.DerbyPlatform;

import java.io.IOException;
import java.io.Writer;

/**
 * EclipseLink's Derby platform writes boolean literals as 1 and 0 (as for DB2, which had no BOOLEAN), which Derby
 * refuses to compare with a BOOLEAN column; Derby has had BOOLEAN since 10.7, so this one writes TRUE and FALSE.
 * The embedded database's configuration (liberty/db/derby.xml) names it as EclipseLink's target database.
 */
public class DerbyWithBooleans extends DerbyPlatform {

    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
        writer.write(Boolean.TRUE.equals(bool) ? "TRUE" : "FALSE");
    }
}
