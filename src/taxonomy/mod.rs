//! Categories, forces, roles, ranks and routing.
