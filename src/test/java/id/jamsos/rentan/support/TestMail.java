package id.jamsos.rentan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.net.ServerSocket;

/** One real SMTP server (GreenMail) for the whole test JVM, shared by the cached Spring contexts. */
public final class TestMail {
    private static GreenMail greenMail;
    private static int port;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (greenMail == null) {
            port = freePort();
            start();
        }
        return greenMail;
    }

    /** Simulates an SMTP outage: the port refuses connections until {@link #restart()}. */
    public static synchronized void stop() {
        server().stop();
    }

    /** SMTP is back on the same port; mails received before the outage are kept by the test, not here. */
    public static synchronized void restart() {
        start();
    }

    private static void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
