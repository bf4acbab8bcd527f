package org.carecommunities.referral.referrals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;

/**
 * What a referral keeps about the person, and nothing more: the name they want to be called, how to reach them
 * (by phone or email) and when, what matters to them in a sentence, and any access needs. No NHS number, date of
 * birth, address or diagnosis. Sealed as JSON.
 */
public record PersonDetails(String name, String contactBy, String phone, String email, String bestTime,
                            String matters, String access) {

    public static final int NAME_MAX = 60;
    public static final int TIME_MAX = 120;
    public static final int MATTERS_MAX = 300;
    public static final int ACCESS_MAX = 300;
    public static final String BY_PHONE = "phone";
    public static final String BY_EMAIL = "email";

    /** How to reach them, as given: the number or the address. */
    public String contact() {
        return BY_EMAIL.equals(contactBy) ? email : phone;
    }

    String json() {
        return Json.createObjectBuilder().add("name", name).add("contactBy", contactBy)
                .add("phone", phone == null ? "" : phone).add("email", email == null ? "" : email)
                .add("bestTime", bestTime == null ? "" : bestTime).add("matters", matters)
                .add("access", access == null ? "" : access).build().toString();
    }

    static PersonDetails fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new PersonDetails(o.getString("name"), o.getString("contactBy"), blank(o.getString("phone")),
                    blank(o.getString("email")), blank(o.getString("bestTime")), o.getString("matters"),
                    blank(o.getString("access")));
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
