package org.garblecheck.config;

/** One entry of {@code sources:}: settings for the articles whose source matches the glob. */
public record SourceOverride(SourceGlob glob, Settings settings, String at) {}
