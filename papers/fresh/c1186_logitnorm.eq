% LogitNorm, Wei et al. (2022), Eq. 7: cross-entropy on the logit vector f (k classes) normalised to length 1/tau;
% y the label counted from 1
\boldsymbol{f} \in \mathbb{R}^{k}, y \in \{1, \dots, k\}, \tau \in \mathbb{R}

\mathcal{L}_{\text{logit\_norm}}(f(\boldsymbol{x};\theta), y) = -\log \frac{e^{f_y / (\tau \|\boldsymbol{f}\|)}}{\sum_{i=1}^{k} e^{f_i / (\tau \|\boldsymbol{f}\|)}}
