from h import *
rng=np.random.default_rng(1709); n,k=4,3; v=rng.normal(size=n); hh=rng.normal(size=k); b=rng.normal(size=n); c=rng.normal(size=k); W=rng.normal(size=(n,k))
E=-b@v-c@hh-v@W@hh; P=1/(1+np.exp(-(c+v@W)))
run('c1709_gbc_rbm', {r'\boldsymbol{v}':v, r'\boldsymbol{h}':hh, r'\boldsymbol{b}':b, r'\boldsymbol{c}':c, r'\boldsymbol{W}':W}, {'e':np.array(E),'p':P}, fn=['E','P'])
