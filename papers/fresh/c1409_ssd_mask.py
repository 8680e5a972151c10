from h import *
rng=np.random.default_rng(1409); T_,N=5,3
a=rng.uniform(0.5,1,size=T_); x=rng.normal(size=T_); B,C=rng.normal(size=(T_,N)),rng.normal(size=(T_,N))
h=np.zeros(N); y=np.zeros(T_)
for t in range(T_):
    h=a[t]*h+B[t]*x[t]; y[t]=C[t]@h
run('c1409_ssd_mask', {'a':a,'x':x,'B':B,'C':C}, y, fn='y')
