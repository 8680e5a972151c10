% Weight Standardization, Qiao et al. (2019), Eq. 5-7: W is O x I (prose: I = C_in x kernel size)
W \in \mathbb{R}^{O \times I}, \epsilon = 10^{-5}

\hat{W} = \left[ \hat{W}_{i,j} \,\big|\, \hat{W}_{i,j} = \frac{W_{i,j} - \mu_{W_{i,\cdot}}}{\sigma_{W_{i,\cdot}}} \right]
\mu_{W_{i,\cdot}} = \frac{1}{I} \sum_{j=1}^{I} W_{i,j}
\sigma_{W_{i,\cdot}} = \sqrt{\frac{1}{I} \sum_{j=1}^{I} (W_{i,j} - \mu_{W_{i,\cdot}})^2 + \epsilon}
