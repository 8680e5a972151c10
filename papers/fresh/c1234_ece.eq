% Expected calibration error, Guo et al. (2017), Sec. 2 and Eq. 3: n predictions with confidences \hat p_i and
% predicted labels \hat y_i, M bins B_m (bin membership given as 0/1 rows)
B \in \{0,1\}^{M \times n}, \hat{y}, y, \hat{p} \in \mathbb{R}^{n}

\mathrm{acc}(B_m) = \frac{1}{|B_m|} \sum_{i \in B_m} \mathbf{1}(\hat{y}_i = y_i)
\mathrm{conf}(B_m) = \frac{1}{|B_m|} \sum_{i \in B_m} \hat{p}_i
\mathrm{ECE} = \sum_{m=1}^{M} \frac{|B_m|}{n} \left| \mathrm{acc}(B_m) - \mathrm{conf}(B_m) \right|
