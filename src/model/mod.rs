//! The JSON contract v1: intake reports and disseminated reports.
