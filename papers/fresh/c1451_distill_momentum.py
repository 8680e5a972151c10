from h import *
rng=np.random.default_rng(1451); n=5; z,w,g=(rng.normal(size=n) for _ in range(3)); al,be=0.1,0.9
run('c1451_distill_momentum', {'z^{k}':z,'w^{k}':w,r'\nabla f(w^{k})':g,r'\alpha':al,r'\beta':be}, w-al*(be*z+g), fn='w^{k+1}')
