package dev.mandel.farm;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** A worker's {@code host:port} as the user typed it ({@code [::1]:5701} for IPv6). */
public record FarmAddress(String host, int port) {

    public static final int DEFAULT_PORT = 5701;

    /** Parses {@code HOST:PORT[,HOST:PORT...]}; the port may be left out (5701). */
    public static List<FarmAddress> parseList(String text, String option) {
        List<FarmAddress> list = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            list.add(parse(part.strip(), option));
        }
        return List.copyOf(list);
    }

    static FarmAddress parse(String text, String option) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(option + ": an empty address; use HOST:PORT[,HOST:PORT...], e.g. 127.0.0.1:5701");
        }
        String host = text;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(option + " '" + text + "': an IPv6 address needs its closing ]");
            }
            host = text.substring(1, close);
            if (close + 1 < text.length()) {
                if (text.charAt(close + 1) != ':') {
                    throw new IllegalArgumentException(option + " '" + text + "' must look like [IPV6]:PORT");
                }
                port = text.substring(close + 2);
            }
        } else {
            int colon = text.lastIndexOf(':');
            if (colon >= 0) {
                if (text.indexOf(':') != colon) {
                    throw new IllegalArgumentException(option + " '" + text + "': write IPv6 addresses as [ADDR]:PORT");
                }
                host = text.substring(0, colon);
                port = text.substring(colon + 1);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException(option + " '" + text + "' has no host");
        }
        int p = DEFAULT_PORT;
        if (port != null) {
            try {
                p = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " '" + text + "': port '" + port + "' is not a number");
            }
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException(option + " '" + text + "': port must be between 1 and 65535");
            }
        }
        return new FarmAddress(host, p);
    }

    /** Whether the host is this machine's loopback (an unknown host is not). */
    public boolean isLoopback() {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The host resolved to an address, or a one-line error naming the option. */
    public InetAddress resolve(String option) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + ": unknown host '" + host + "'");
        }
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
