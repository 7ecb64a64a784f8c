package dev.krakenmock.server.data;

// The company behind an entity's fields: its name, its partita IVA and an email at a domain made
// from its name.
record Company(String name, String vatNumber, String email) {}
