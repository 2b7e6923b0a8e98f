package com.example.db;

import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.Table;

@Table
public record Account(@Id long id, @Column(length = 320, nullable = false) String email, String nickname) {}
