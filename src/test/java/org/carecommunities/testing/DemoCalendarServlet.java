package org.carecommunities.testing;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carecommunities.platform.persistence.DemoCalendar;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;

/**
 * Tells tests that run outside the server how many weeks the demo moved when the test server's database was made
 * (the {@code demo_calendar} row), so they expect the demo's dates where the data has them, even when the run
 * crosses midnight or a week's end after the database was made. Deployed by {@link Deployments} in tests only.
 */
@WebServlet(urlPatterns = DemoCalendarServlet.PATH)
public class DemoCalendarServlet extends HttpServlet {

    static final String PATH = "/testing/demo-calendar";

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoCalendar recorded;
        try {
            recorded = DemoCalendar.recorded(database);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        if (recorded == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no demo recorded in this database");
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(recorded.weeks());
    }
}
