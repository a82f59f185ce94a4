import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A TCP service that answers each line with "echo " and the line; the example's container. */
public class Echo {
  public static void main(String[] args) throws Exception {
    try (ServerSocket server = new ServerSocket(8080)) {
      System.out.println("echo listening on 8080");
      while (true) {
        try (Socket client = server.accept();
            BufferedReader in =
                new BufferedReader(
                    new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
          String line;
          while ((line = in.readLine()) != null) {
            out.println("echo " + line);
          }
        }
      }
    }
  }
}
