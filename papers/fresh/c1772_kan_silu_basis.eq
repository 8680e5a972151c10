% Liu et al. (2024), "KAN: Kolmogorov-Arnold Networks", Eq. 2.11 (basis function), pasted from the printing
b(x) = \text{silu}(x) = x/(1 + e^{-x})
