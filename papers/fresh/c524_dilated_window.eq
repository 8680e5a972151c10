% Longformer, Beltagy et al. (2020), Sec. 3.1 dilated sliding window: window size w with gaps of size
% dilation d, as an additive mask over n positions (the mask form is added; w, d, n integers, prose)
w, d, n \in \mathbb{N}

M_{ij} = \begin{cases} 0 & \text{if } |i - j| \le w d \text{ and } (i - j) \bmod d = 0 \\ -\infty & \text{otherwise} \end{cases} \quad i, j = 1, \dots, n
