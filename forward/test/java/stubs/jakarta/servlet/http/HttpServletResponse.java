package jakarta.servlet.http;

import java.io.IOException;
import jakarta.servlet.ServletResponse;

public interface HttpServletResponse extends ServletResponse {
    void sendRedirect(String location) throws IOException;
}
