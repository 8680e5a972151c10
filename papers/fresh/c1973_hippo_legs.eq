% Efficiently Modeling Long Sequences with Structured State Spaces (S4), Gu, Goel & Re (ICLR 2022), Eq. 2 (from
% memory): the HiPPO-LegS matrix A of size N x N (N declared from the prose, indices from 0)
N \in \mathbb{N}

A_{nk} = -\begin{cases} (2n+1)^{1/2}(2k+1)^{1/2} & \text{if } n > k \\ n+1 & \text{if } n = k \\ 0 & \text{if } n < k \end{cases}
