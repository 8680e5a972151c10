% Klambauer et al. (NeurIPS 2017), "Self-Normalizing Neural Networks", Eq. 2, written from memory of the printing
\text{selu}(x) = \lambda \begin{cases} x & \text{if } x > 0 \\ \alpha e^x - \alpha & \text{if } x \leqslant 0 \end{cases}
