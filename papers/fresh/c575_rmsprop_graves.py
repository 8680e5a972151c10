from h import *
rng=np.random.default_rng(575); m=6
n=rng.uniform(0.1,1,size=m); g=rng.normal(size=m)*0.1; D=rng.normal(size=m)*0.01; w=rng.normal(size=m); e=rng.normal(size=m)
a,b,c,dd=0.95,0.9,1e-4,1e-4
n2=a*n+(1-a)*e**2; g2=a*g+(1-a)*e; D2=b*D-c*e/np.sqrt(n2-g2**2+dd); w2=w+D2
inp={'n':n,'g':g,r'\Delta':D,'w':w,r'\epsilon':e}
run('c575_rmsprop_graves', inp, w2)
run('c575_rmsprop_graves', inp, D2, fn=r'\Delta')
run('c575_rmsprop_graves', inp, n2, fn='n_i')
