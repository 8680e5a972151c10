% Root Mean Square Layer Normalization, Zhang & Sennrich (2019), Eq. 4: a the summed inputs of n
% neurons, g the gain (prose)
a, g \in \mathbb{R}^{n}

\bar{a}_i = \frac{a_i}{\mathrm{RMS}(\mathbf{a})} g_i, \quad \text{where} \quad \mathrm{RMS}(\mathbf{a}) = \sqrt{\frac{1}{n} \sum_{i=1}^{n} a_i^2}
