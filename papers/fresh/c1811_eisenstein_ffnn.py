from h import *
rng=np.random.default_rng(1811); V,Kz,Ky=5,4,3; x=rng.normal(size=V); A=rng.normal(size=(Kz,V)); B=rng.normal(size=(Ky,Kz)); b=rng.normal(size=Ky)
z=1/(1+np.exp(-A@x)); a=B@z+b; p=np.exp(a)/np.exp(a).sum()
run('c1811_eisenstein_ffnn', {r'\boldsymbol{x}':x, r'\boldsymbol{\Theta}^{(x \to z)}':A, r'\boldsymbol{\Theta}^{(z \to y)}':B, r'\boldsymbol{b}':b}, p, fn='p')
