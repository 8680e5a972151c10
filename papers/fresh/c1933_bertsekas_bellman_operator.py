from h import *
rng=np.random.default_rng(1933); n,m=4,3; p=rng.uniform(size=(n,n,m)); p/=p.sum(1,keepdims=True); g=rng.normal(size=(n,m,n)); J=rng.normal(size=n); al=0.9
val=np.einsum('iju,iuj->iu', p, g) + al*np.einsum('iju,j->iu', p, J)
run('c1933_bertsekas_bellman_operator', {'p':p, 'g':g, 'J':J, r'\alpha':al}, val.min(1), fn='(TJ)')
