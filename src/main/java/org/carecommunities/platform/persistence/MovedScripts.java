package org.carecommunities.platform.persistence;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;

/** The demo's scripts as Flyway finds them, each read with its dates moved by the demo's calendar. */
final class MovedScripts implements ResourceProvider {

    private final ResourceProvider scripts;
    private final DemoCalendar calendar;

    MovedScripts(ResourceProvider scripts, DemoCalendar calendar) {
        this.scripts = scripts;
        this.calendar = calendar;
    }

    @Override
    public LoadableResource getResource(String name) {
        LoadableResource script = scripts.getResource(name);
        return script == null ? null : new Moved(script);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.getResources(prefix, suffixes).stream().<LoadableResource>map(Moved::new).toList();
    }

    private final class Moved extends LoadableResource {

        private final LoadableResource script;

        Moved(LoadableResource script) {
            this.script = script;
        }

        @Override
        public Reader read() {
            try (Reader in = script.read()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return new StringReader(calendar.script(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return script.getAbsolutePath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return script.getAbsolutePathOnDisk();
        }

        @Override
        public String getFilename() {
            return script.getFilename();
        }

        @Override
        public String getRelativePath() {
            return script.getRelativePath();
        }
    }
}
