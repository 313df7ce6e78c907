package io.tianping;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tianping (天平): one deployable application of bounded-context modules that talk through domain events. */
@SpringBootApplication
public class TianpingApplication {

    public static void main(String[] args) {
        SpringApplication.run(TianpingApplication.class, args);
    }
}
