% N-BEATS, Oreshkin et al. (2020), Sec. 3.3, the trend model as printed (from memory of the printing): the forecast
% of block l of stack s is a polynomial of small degree p in the time vector t = [0, 1, ..., H-2, H-1]^T / H over
% the horizon H; theta^f_{s,l} the block's p+1 forward expansion coefficients (given)
\theta^f_{s,\ell} \in \mathbb{R}^{p+1}, \mathbf{t} \in \mathbb{R}^{H}

\hat{\mathbf{y}}_{s,\ell} = \sum_{i=0}^{p} \theta^f_{s,\ell,i} \mathbf{t}^i
