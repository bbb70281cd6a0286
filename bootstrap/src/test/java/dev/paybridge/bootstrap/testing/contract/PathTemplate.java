package dev.paybridge.bootstrap.testing.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A path of the OpenAPI document ({@code /v1/invoices/{id}}) and the request paths it stands for. */
record PathTemplate(String template, Pattern pattern, int parameterCount) {
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    static PathTemplate of(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        int count = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
            count++;
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new PathTemplate(template, Pattern.compile(regex.toString()), count);
    }

    boolean matches(String requestPath) {
        return pattern.matcher(requestPath).matches();
    }
}
