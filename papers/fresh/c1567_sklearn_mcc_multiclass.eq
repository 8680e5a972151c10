% scikit-learn user guide, 3.4.4.13 Matthews correlation coefficient, multiclass case, as printed (from memory of the
% printing): t_k the number of times class k truly occurred, p_k the number of times it was predicted, c the number
% of samples correctly predicted, s the total number of samples (prose)
t, p \in \mathbb{R}^{K}, c, s \in \mathbb{R}

MCC = \frac{
    c \times s - \sum_{k}^{K} p_k \times t_k
}{\sqrt{
    (s^2 - \sum_{k}^{K} p_k^2) \times
    (s^2 - \sum_{k}^{K} t_k^2)
}}
