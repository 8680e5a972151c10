% Brier score, Brier (1950), Eq. 1: forecasts f_{ij} and outcomes E_{ij} for n occasions and r classes
f, E \in \mathbb{R}^{n \times r}

P = \frac{1}{n} \sum_{j=1}^{r} \sum_{i=1}^{n} (f_{ij} - E_{ij})^2
