package nianbao.query.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error answer as RFC 7807 problem details ({@code application/problem+json}): {@code type} is {@code about:blank}
 * (the status says what kind of problem), {@code title} the status's phrase, {@code detail} what was wrong in words a
 * caller understands (never an exception's text), and for a bad parameter its name in {@code parameter}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
