package com.example.shop.checkout;

import com.example.shop.cart.CartLine;
import com.example.shop.notifications.Notification;
import com.example.shop.notifications.TemplateLoader;
import com.example.shop.notifications.TemplateRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the order confirmation e-mail from the {@code order-confirmation} template. */
public final class ConfirmationMail {

    private final TemplateLoader loader;
    private final TemplateRenderer renderer = new TemplateRenderer();

    public ConfirmationMail(TemplateLoader loader) {
        this.loader = loader;
    }

    public Notification render(Order order, String email, String carrier) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("orderId", order.id());
        vars.put("customer", order.customer());
        vars.put("date", order.date().toString());
        vars.put("lines", order.lines().stream().map(ConfirmationMail::line).collect(Collectors.joining("\n")));
        vars.put("subtotal", order.subtotal().toString());
        vars.put("tax", order.tax().toString());
        vars.put("total", order.total().toString());
        vars.put("city", order.shipTo().city());
        if (carrier != null) {
            vars.put("carrier", carrier);
        }
        String rendered = renderer.render(loader.load("order-confirmation"), vars);
        return Notification.fromRendered(email, rendered);
    }

    static String line(CartLine l) {
        return String.format("  %-12s x%-3d %s", l.sku(), l.quantity(), l.total());
    }
}
