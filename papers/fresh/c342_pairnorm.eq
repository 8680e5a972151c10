% PairNorm, Zhao & Akoglu (2020), Eq. 9-10: centre the rows of the input, then rescale; the input
% \tilde{X} in R^{n x d} has rows \tilde{x}_i (prose)
\tilde{x} \in \mathbb{R}^{n \times d}, s \in \mathbb{R}

\tilde{x}^c_i = \tilde{x}_i - \frac{1}{n} \sum_{i=1}^{n} \tilde{x}_i
\dot{x}_i = s \cdot \frac{\tilde{x}^c_i}{\sqrt{\frac{1}{n} \sum_{i=1}^{n} \|\tilde{x}^c_i\|_2^2}}
