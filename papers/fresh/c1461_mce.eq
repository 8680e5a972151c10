% Maximum calibration error, Guo et al. (2017), Eq. 5, with acc and conf of a bin as Eq. 3 ff. print them;
% M bins B_m given as 0/1 rows over the n predictions
B \in \{0,1\}^{M \times n}, \hat{y}, y, \hat{p} \in \mathbb{R}^{n}

\mathrm{acc}(B_m) = \frac{1}{|B_m|} \sum_{i \in B_m} \mathbf{1}(\hat{y}_i = y_i)
\mathrm{conf}(B_m) = \frac{1}{|B_m|} \sum_{i \in B_m} \hat{p}_i
\mathrm{MCE} = \max_{m \in \{1, \ldots, M\}} \left| \mathrm{acc}(B_m) - \mathrm{conf}(B_m) \right|
