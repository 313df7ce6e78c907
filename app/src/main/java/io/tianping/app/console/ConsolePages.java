package io.tianping.app.console;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's two pages that are not plain files: its address ({@code /console/} is {@code index.html}) and the
 * login form, which carries the CSRF token of the browser's session-to-be. Everything else the console shows comes
 * from the API ({@code /api/v1/...}) through the pages' scripts.
 */
@Hidden
@RestController
class ConsolePages {

    private static final String LOGIN_PAGE = """
            <!doctype html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="data:,">
            <title>登录 · 天平监管控制台</title>
            <link rel="stylesheet" href="/console/login.css">
            </head>
            <body>
            <main class="login">
              <h1>天平 · 网售工业产品质量安全监管控制台</h1>
              %s
              <form method="post" action="/console/login" id="login-form">
                <label>账号 <input name="username" id="username" autocomplete="username" required autofocus></label>
                <label>密码 <input name="password" id="password" type="password" autocomplete="current-password" required></label>
                <input type="hidden" name="%s" value="%s">
                <button type="submit" id="login-button">登录</button>
              </form>
              <p class="hint">与 API 的 HTTP Basic 使用同一账号（例如 regulator-zj、auditor）。</p>
            </main>
            </body>
            </html>
            """;

    @GetMapping(path = "/console/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String message = request.getParameter("error") != null
                ? "<p class=\"error\" id=\"login-error\">账号或密码错误，请重新输入。</p>"
                : request.getParameter("logout") != null ? "<p class=\"notice\" id=\"logged-out\">您已退出登录。</p>" : "";
        return LOGIN_PAGE.formatted(message, HtmlUtils.htmlEscape(token.getParameterName()),
                HtmlUtils.htmlEscape(token.getToken()));
    }
}
