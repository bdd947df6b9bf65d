namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// One arm's own figures: conversion rate with its Wilson interval and revenue per visitor with its t interval.
/// </summary>
/// <param name="VariantId">The variant id; 0 for control.</param>
/// <param name="Name">The arm's name.</param>
/// <param name="Visitors">The exposed visitors.</param>
/// <param name="Conversions">The converted visitors.</param>
/// <param name="ConversionRate">The conversion rate (0-1) with its interval.</param>
/// <param name="RevenuePerVisitor">The revenue per exposed visitor with its interval.</param>
public sealed record ArmResult(int VariantId, string Name, long Visitors, long Conversions, Interval ConversionRate, Interval RevenuePerVisitor);
