package dev.krakenmock.server.admin;

/** One endpoint of the admin API, free of any web server. */
@FunctionalInterface
public interface AdminTask {

  /** Carries out one request; failures the caller can fix come back as 4xx responses. */
  AdminResponse execute(AdminRequest request);
}
