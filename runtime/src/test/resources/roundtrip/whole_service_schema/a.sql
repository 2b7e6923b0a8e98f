create schema audit;
