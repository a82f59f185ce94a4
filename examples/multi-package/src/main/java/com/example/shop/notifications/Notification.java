package com.example.shop.notifications;

/** A rendered message ready to send. The first line of a rendered template is the subject. */
public record Notification(String recipient, String subject, String body) {

    public static Notification fromRendered(String recipient, String rendered) {
        int newline = rendered.indexOf('\n');
        if (newline < 0) {
            return new Notification(recipient, rendered.trim(), "");
        }
        String subjectLine = rendered.substring(0, newline).trim();
        if (subjectLine.startsWith("Subject:")) {
            subjectLine = subjectLine.substring("Subject:".length()).trim();
        }
        return new Notification(recipient, subjectLine, rendered.substring(newline + 1).strip());
    }
}
