package de.regionet.infra.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link MachineErrors} sees every request and every error dispatch first, before security. */
@Configuration(proxyBeanMethods = false)
class MachineErrorsRegistration {

    @Bean
    FilterRegistrationBean<MachineErrors> machineErrors() {
        var registration = new FilterRegistrationBean<>(new MachineErrors());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
