package org.springframework.security.oauth2.core;

import org.springframework.security.core.AuthenticationException;

public class OAuth2AuthenticationException extends AuthenticationException {
    private final OAuth2Error error;

    public OAuth2AuthenticationException(OAuth2Error error) {
        super(error.getDescription() != null ? error.getDescription() : error.getErrorCode());
        this.error = error;
    }

    public OAuth2Error getError() {
        return this.error;
    }
}
