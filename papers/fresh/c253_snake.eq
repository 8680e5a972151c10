% Neural networks fail to learn periodic functions and how to fix it (Snake), Ziyin, Hartwig & Ueda
% (2020), Eq. 3
\mathrm{Snake}_a := x + \frac{1}{a} \sin^2(ax)
