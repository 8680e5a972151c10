% Wikipedia, "Huber loss" (Pseudo-Huber loss function) as printed; a the n residuals, delta the steepness (prose).
% Printing as remembered (not fetched).
a \in \mathbb{R}^{n}, \delta \in \mathbb{R}

L_\delta (a) = \delta^2 \left( \sqrt{1+(a/\delta)^2} - 1 \right)
