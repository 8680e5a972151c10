from h import *
N=5; smin,smax=0.01,50.0; i=np.arange(1,N+1)
run('c265_ncsn_geometric', {r'\sigma_{\min}':smin,r'\sigma_{\max}':smax}, smin*(smax/smin)**((i-1)/(N-1)), dims={'N':N})
