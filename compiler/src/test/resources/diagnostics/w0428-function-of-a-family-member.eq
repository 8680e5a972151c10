% Expected calibration error (Guo et al. 2017), Eq. 3 and the accuracy of a bin: B the bins as 0/1 rows
B \in \{0,1\}^{M \times n}, \hat{y}, y \in \mathbb{R}^{n}
\mathrm{acc}(B_m) = \frac{1}{|B_m|} \sum_{i \in B_m} \mathbf{1}(\hat{y}_i = y_i)
% ~WARNING W0285
% ~WARNING W0428
