% scikit-learn user guide, 1.1.18 Quantile regression, the pinball loss PB_q as printed (from memory of the
% printing): t the residuals y_i - X_i w (a vector here), q the quantile in (0, 1) (prose)
t \in \mathbb{R}^{n}, q \in \mathbb{R}

PB_q(t) = q \max(t, 0) + (1 - q) \max(-t, 0) =
\begin{cases}
    q t, & t > 0, \\
    0,    & t = 0, \\
    (q-1) t, & t < 0
\end{cases}
