package com.example.library.web.render;

import com.example.library.core.model.Book;
import com.example.library.service.loans.LoanService;

/** Hand-written JSON rendering of the API's resources. */
public final class Json {

    private Json() {
    }

    public static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    public static String book(Book b) {
        return "{\"isbn\":" + string(b.isbn().value()) + ",\"title\":" + string(b.title())
                + ",\"author\":" + string(b.author()) + ",\"year\":" + b.year() + "}";
    }

    public static String loan(LoanService.Loan l) {
        return "{\"book\":" + book(l.book()) + ",\"member\":" + string(l.member())
                + ",\"due\":" + string(l.due().toString()) + "}";
    }
}
