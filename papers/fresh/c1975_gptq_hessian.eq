% GPTQ, Frantar et al. (ICLR 2023), Sec. 3 (from memory): the Hessian of the layer-wise squared error
% ||WX - \hat{W}X||^2 is H_F = 2 X_F X_F^T, X_F the d_col x m layer inputs (shape from the prose)
\mathbf{X}_F \in \mathbb{R}^{d \times m}

\mathbf{H}_F = 2\mathbf{X}_F\mathbf{X}_F^\top
