from h import *
for it in (0, 700, 2500, 3100):
    ss=2000; lo,hi=1e-3,6e-3
    cyc=np.floor(1+it/(2*ss)); x=abs(it/ss-2*cyc+1)
    run('c789_clr_triangular', {r'\mathrm{iteration}':it,r'\mathrm{stepsize}':ss,r'\eta_{\min}':lo,r'\eta_{\max}':hi}, np.array(lo+(hi-lo)*max(0,1-x)))
