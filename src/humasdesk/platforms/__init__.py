"""Platform adapters behind one protocol, and the registry that builds them per account."""
