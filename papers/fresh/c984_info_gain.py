from h import *
HS=0.940; S=14.0; Hv=np.array([0.985,0.592]); Sv=np.array([7.0,7.0])
run('c984_info_gain', {'Entropy(S)':HS,'|S|':S,'Entropy(S_v)':Hv,'|S_v|':Sv}, np.array(HS-(Sv/S*Hv).sum()))
