% Weight Standardization (Qiao et al. 2019), Eqs. 5-7 as printed: W the O x I weights of a layer (I = C_in x kernel
% size), each output channel's row standardised
W \in \mathbb{R}^{O \times I}, \epsilon \in \mathbb{R}

\hat{W}_{i,j} = \frac{W_{i,j} - \mu_{W_{i,\cdot}}}{\sigma_{W_{i,\cdot}}}
\mu_{W_{i,\cdot}} = \frac{1}{I} \sum_{j=1}^{I} W_{i,j}
\sigma_{W_{i,\cdot}} = \sqrt{\frac{1}{I} \sum_{j=1}^{I} W_{i,j}^2 - \mu_{W_{i,\cdot}}^2 + \epsilon}
